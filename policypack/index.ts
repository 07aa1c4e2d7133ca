// The pack's entry point. `pulumi preview --policy-pack <dir>` runs @pulumi/pulumi's run-policy-pack launcher with the
// pack directory as working directory; the launcher requires this module, and PolicyPack starts the gRPC server and
// prints its port.
import { PolicyPack } from '@pulumi/policy';
import { exitWhenEngineLeaves } from './lifecycle.js';
import { podguardPolicies } from './policies.js';

exitWhenEngineLeaves();

new PolicyPack('podguard', {
  displayName: 'podguard',
  provider: 'kubernetes',
  policies: podguardPolicies(),
});
