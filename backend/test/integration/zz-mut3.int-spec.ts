// MUTATION CHECK (scratch, deleted after): every locatie named for everyone.
jest.mock('../../src/common/access/visibility', () => ({
  ...jest.requireActual('../../src/common/access/visibility'),
  namedLocationFilter: () => 'all',
}));
require('./location-anonymity.int-spec');
