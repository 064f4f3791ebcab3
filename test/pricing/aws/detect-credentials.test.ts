import { detectAwsCredentials, iniSection } from "../../../src/pricing/aws/detect-credentials.js";

const files = (map: Record<string, string>) => (file: string) => map[file];
const none = files({});

describe("detecting AWS credentials without the network", () => {
  it("finds environment keys, web identity and container credentials", () => {
    expect(detectAwsCredentials({ AWS_ACCESS_KEY_ID: "AKID", AWS_SECRET_ACCESS_KEY: "s" }, none)).toEqual({ found: true, via: "environment" });
    expect(detectAwsCredentials({ AWS_ACCESS_KEY_ID: "AKID" }, none)).toEqual({ found: false });
    expect(detectAwsCredentials({ AWS_WEB_IDENTITY_TOKEN_FILE: "/var/run/token", AWS_ROLE_ARN: "arn:aws:iam::1:role/ci" }, none)).toEqual({ found: true, via: "web identity" });
    expect(detectAwsCredentials({ AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "/v2/credentials/x" }, none)).toEqual({ found: true, via: "container" });
  });

  it("finds the selected profile in the shared credentials or config file", () => {
    const env = { AWS_PROFILE: "dev", AWS_SHARED_CREDENTIALS_FILE: "/c", AWS_CONFIG_FILE: "/f" };
    expect(detectAwsCredentials(env, files({ "/c": "[default]\naws_access_key_id = A\n[dev]\naws_access_key_id=B\naws_secret_access_key=x\n" }))).toEqual({ found: true, via: "profile dev" });
    expect(detectAwsCredentials(env, files({ "/f": "[profile dev]\nsso_session = corp\nregion = eu-west-1\n" }))).toEqual({ found: true, via: "profile dev" });
    expect(detectAwsCredentials(env, files({ "/f": "[dev]\nrole_arn = arn\n", "/c": "[default]\naws_access_key_id = A\n" }))).toEqual({ found: false });
    expect(detectAwsCredentials({ AWS_CONFIG_FILE: "/f" }, files({ "/f": "[default]\nregion = us-east-1\n" }))).toEqual({ found: false });
  });

  it("reads INI sections with comments and odd spacing", () => {
    expect(iniSection("# c\n[ profile x ]\n; note\nRole_Arn =arn:aws:iam::1:role/r\n[y]\nk=v", "profile x")).toEqual({ role_arn: "arn:aws:iam::1:role/r" });
    expect(iniSection("[a]\nk=v", "b")).toBeUndefined();
  });
});
