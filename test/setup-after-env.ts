import nock from "nock";

// Every test file loads its own nock (setup-env.ts), but the http interceptor underneath is
// one global instance that later files join. Unless each file removes its own listener, the
// first file's "net connect not allowed" answers every later file's requests.
afterAll(() => nock.restore());
