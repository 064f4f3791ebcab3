import nock from "nock";

// Tests never touch the network: anything not mocked fails at once.
nock.disableNetConnect();
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
// No test may pick up a developer's AWS credentials or a live price source by accident.
for (const key of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "COSTGATE_PRICING", "COSTGATE_CACHE_DIR"]) {
  delete process.env[key];
}
process.env.AWS_CONFIG_FILE = "/nonexistent/costgate-test-aws-config";
process.env.AWS_SHARED_CREDENTIALS_FILE = "/nonexistent/costgate-test-aws-credentials";
