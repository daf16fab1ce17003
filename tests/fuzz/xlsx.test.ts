import { fuzzSuite } from './suite';

fuzzSuite('xlsx');
