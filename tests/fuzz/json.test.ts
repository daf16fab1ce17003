import { fuzzSuite } from './suite';

fuzzSuite('json');
