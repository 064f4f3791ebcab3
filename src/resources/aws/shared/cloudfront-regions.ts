/**
 * CloudFront's price regions: Infracost's usage key, how the Price List names the region
 * (`fromLocation` of data transfer, `location` of requests) and the countries it covers.
 */
export interface CloudfrontRegion {
  key: string;
  priceListName: string;
  label: string;
}

export const CLOUDFRONT_REGIONS: readonly CloudfrontRegion[] = [
  { key: "us", priceListName: "United States", label: "US, Mexico, Canada" },
  { key: "europe", priceListName: "Europe", label: "Europe, Israel" },
  { key: "south_africa", priceListName: "South Africa", label: "South Africa, Kenya, Middle East" },
  { key: "south_america", priceListName: "South America", label: "South America" },
  { key: "japan", priceListName: "Japan", label: "Japan" },
  { key: "australia", priceListName: "Australia", label: "Australia, New Zealand" },
  { key: "asia_pacific", priceListName: "Asia Pacific", label: "Hong Kong, Philippines, Singapore, South Korea, Taiwan, Thailand" },
  { key: "india", priceListName: "India", label: "India" },
];

/** Usage groups keyed by price region, e.g. `monthly_https_requests.europe`. */
export const CLOUDFRONT_REGIONAL_USAGE = {
  monthly_data_transfer_to_internet_gb: "GB transferred out to viewers a month",
  monthly_data_transfer_to_origin_gb: "GB sent to the origin a month (POST, PUT, uploads)",
  monthly_http_requests: "HTTP requests a month",
  monthly_https_requests: "HTTPS requests a month",
} as const;

/** Origin Shield regions -> the usage key of `monthly_shield_requests` (Infracost's names). */
export const ORIGIN_SHIELD_USAGE_KEYS: Readonly<Record<string, string>> = {
  "us-east-1": "us",
  "us-east-2": "us",
  "us-west-2": "us",
  "eu-central-1": "europe",
  "eu-west-1": "europe",
  "eu-west-2": "europe",
  "sa-east-1": "south_america",
  "ap-northeast-1": "japan",
  "ap-southeast-2": "australia",
  "ap-southeast-1": "singapore",
  "ap-northeast-2": "south_korea",
  "ap-south-1": "india",
  "me-south-1": "middle_east",
};
