import { fuzzSuite } from './suite';

fuzzSuite('csv');
