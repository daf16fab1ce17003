import { fuzzSuite } from './suite';

fuzzSuite('graphml');
