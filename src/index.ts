import type { Context, Probot } from "probot";
import { createAppServices, type AppServices } from "./app/app-services.js";
import { handleCheckRunAction, handleCheckRunRerequested } from "./app/check-run-handler.js";
import { handleIssueComment } from "./app/command-handler.js";
import { handlePullRequest, PULL_REQUEST_EVENTS } from "./app/pull-request-handler.js";

/** Builds the Probot app; tests and the demo pass their own services (prices, caches). */
export function createCostgateApp(services: Partial<AppServices> = {}) {
  return (app: Probot) => {
    const ready = createAppServices(app, services);
    // A bad price source must not stop the process at start-up: each event reports it.
    ready.catch((err: unknown) => app.log.error({ err }, "costgate services could not start"));
    // A redelivered webhook (same delivery id) is dropped; one whose handling failed runs again.
    const once =
      <C extends Context>(handler: (context: C, services: AppServices) => Promise<void>) =>
      async (context: C) => {
        const resolved = await ready;
        if (!resolved.deliveries.firstTime(context.id)) return context.log.info({ delivery: context.id }, "costgate: delivery already handled");
        await handler(context, resolved).catch((err: unknown) => {
          resolved.deliveries.forget(context.id);
          throw err;
        });
      };
    app.on([...PULL_REQUEST_EVENTS], once(handlePullRequest));
    app.on("issue_comment.created", once(handleIssueComment));
    app.on("check_run.requested_action", once(handleCheckRunAction));
    app.on("check_run.rerequested", once(handleCheckRunRerequested));
  };
}

/** The Probot app: wires GitHub events to handlers. No logic lives here. */
export default createCostgateApp();
