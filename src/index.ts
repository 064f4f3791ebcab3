import type { Probot } from "probot";
import { createAppServices, type AppServices } from "./app/app-services.js";
import { handlePullRequest, PULL_REQUEST_EVENTS } from "./app/pull-request-handler.js";

/** Builds the Probot app; tests and the demo pass their own services (prices, caches). */
export function createCostgateApp(services: Partial<AppServices> = {}) {
  return (app: Probot) => {
    const ready = createAppServices(app, services);
    // A bad price source must not stop the process at start-up: each event reports it.
    ready.catch((err: unknown) => app.log.error({ err }, "costgate services could not start"));
    app.on([...PULL_REQUEST_EVENTS], async (context) => handlePullRequest(context, await ready));
  };
}

/** The Probot app: wires GitHub events to handlers. No logic lives here. */
export default createCostgateApp();
