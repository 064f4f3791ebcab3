import { benchEstimate } from "./estimate.js";
import { benchGitHubCalls } from "./github-calls.js";

// `npm run bench`: every benchmark, one after the other, printing its figures.
console.log("== Estimate (issue 2): a generated project of 1,000 resources");
await benchEstimate();
console.log("\n== GitHub API calls (issue 2)");
await benchGitHubCalls();
console.log("\n== Evaluate vs parse (issue 3)");
await import("./evaluate.js");
console.log("\n== Pricing (issue 4)");
await import("./pricing.js");
