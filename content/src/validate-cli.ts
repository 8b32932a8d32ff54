import { ContentError, loadContent } from './loader';

/** `node dist/validate-cli.js [dataDir]`: checks the content files, exits 1 on any problem. */
function main(): number {
  const dataDir = process.argv[2];
  try {
    const bundle = loadContent(dataDir);
    const versions = [...bundle.versions.values()]
      .map((v) => `${v.manifest.id} (${v.themes.size} thema's)`)
      .join(', ');
    console.log(`OK: ${bundle.dataDir}`);
    console.log(`  versies: ${versions}; huidige versie: ${bundle.currentVersionId}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main();
