import { benchEstimate } from "./estimate.js";
import { benchGitHubCalls } from "./github-calls.js";

// `npm run bench`: every benchmark, one after the other, printing its figures.
await benchEstimate();
await benchGitHubCalls();
