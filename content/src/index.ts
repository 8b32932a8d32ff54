export * from './schemas';
export {
  type ContentBundle,
  ContentError,
  type ContentProblem,
  type ContentVersion,
  defaultDataDir,
  formatProblem,
  loadContent,
} from './loader';
