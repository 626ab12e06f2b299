/** Whole minutes for an estimate in seconds, rounded up and at least one: "about 3 minutes" must not promise less. */
export const minutesOf = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));
