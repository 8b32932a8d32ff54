import { SubNav } from '../../../components/ui/sub-nav';
import { contentMessages as m } from '../messages';

/** Between the pages of the ZET knowledge base: themes, instrument catalogue, the katern's theory. */
export function ContentSubNav() {
  return (
    <SubNav
      label={m.contentNav}
      items={[
        { to: '/themas', label: m.navThemes },
        { to: '/instrumenten', label: m.navInstruments },
        { to: '/kwaliteitscultuur', label: m.navCulture },
      ]}
    />
  );
}
