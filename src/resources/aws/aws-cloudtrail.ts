import type { Attributes } from "../attributes.js";
import type { ComponentSpec } from "../cost-component.js";
import type { ResourceModel } from "../resource-model.js";
import type { ResourceView } from "../resource-view.js";
import { usagetype } from "./shared/price-helpers.js";
import { usageComponent } from "./shared/usage-component.js";

const trailQuery = (r: ResourceView, productFamily: string, suffix: string) => ({
  service: "AWSCloudTrail",
  region: r.region,
  productFamily: `Management Tools - AWS CloudTrail ${productFamily}`,
  attributes: [usagetype(suffix)],
});

/**
 * The first copy of management events in a region is free; a trail bills additional copies,
 * data events and Insights events per 100,000, all from usage.
 */
export const awsCloudtrail: ResourceModel = {
  type: "aws_cloudtrail",
  usage: {
    monthly_additional_management_events: { type: "number", description: "Management events a month beyond the region's free first copy (other trails already record them)", example: 500_000 },
    monthly_data_events: { type: "number", description: "Data events a month (S3 object, Lambda invoke, DynamoDB item...)", example: 10_000_000 },
    monthly_insight_events: { type: "number", description: "Management events a month analyzed by CloudTrail Insights", example: 500_000 },
  },
  build(r) {
    const events = (name: string, key: string, family: string, suffix: string) =>
      usageComponent({ name, unit: "100k events", count: r.usage.number(key), per: 100_000, price: trailQuery(r, family, suffix) });
    const components: ComponentSpec[] = [];
    if (records(r, "Management")) components.push(events("Management events (additional copies)", "monthly_additional_management_events", "Paid Events Recorded", "PaidEventsRecorded"));
    if (records(r, "Data") || r.usage.number("monthly_data_events") !== undefined) components.push(events("Data events", "monthly_data_events", "Data Events Recorded", "DataEventsRecorded"));
    if (r.has("insight_selector") || r.usage.number("monthly_insight_events") !== undefined) components.push(events("Insights events", "monthly_insight_events", "Insights Events", "InsightsEvents"));
    return components;
  },
};

/** Whether the trail's selectors record management or data events (a trail without selectors records management events only). */
function records(r: ResourceView, category: "Management" | "Data"): boolean {
  const basic = r.blocks("event_selector");
  const advanced = r.blocks("advanced_event_selector");
  if (advanced.length > 0) return advanced.some((s) => selectsCategory(s, category));
  if (basic.length === 0) return category === "Management";
  return category === "Management" ? basic.some((s) => s.bool("include_management_events", true)) : basic.some((s) => s.blocks("data_resource").length > 0);
}

function selectsCategory(selector: Attributes, category: string): boolean {
  return selector.blocks("field_selector").some((f) => f.string("field") === "eventCategory" && f.list("equals").includes(category));
}
