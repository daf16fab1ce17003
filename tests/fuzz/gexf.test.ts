import { fuzzSuite } from './suite';

fuzzSuite('gexf');
