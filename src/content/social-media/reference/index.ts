/** Reference content shown beside a social-media profile: the B2B/B2C comparison and the network rings. */
export { comparisonReference, type ComparisonReference, type ComparisonReferenceRow } from './comparisonReference';
export { networkRings, type NetworkRing, type NetworkRingSource } from './networkRings';
