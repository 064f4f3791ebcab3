import { dec } from "../../shared/decimal.js";
import type { ResourceModel } from "../resource-model.js";
import { cloudwatchQuery } from "./aws-cloudwatch-log-group.js";

/**
 * $3 per dashboard a month. AWS's free tier covers 3 dashboards per account, which a change
 * adding a dashboard cannot count on: each is priced.
 */
export const awsCloudwatchDashboard: ResourceModel = {
  type: "aws_cloudwatch_dashboard",
  build(r) {
    return [{ name: "Dashboard", unit: "months", monthlyQuantity: dec(1), price: cloudwatchQuery(r, "Dashboard", "DashboardsUsageHour") }];
  },
};
