// The validator must catch what a cluster would refuse and what would break Kaeru at run time:
// each case copies the manifests, spoils one thing and expects the matching problem.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateManifests } from "./validate.mjs";

const manifests = new URL("..", import.meta.url).pathname;

function spoiled(file, from, to) {
  const dir = mkdtempSync(join(tmpdir(), "kaeru-k8s-"));
  cpSync(manifests, dir, { recursive: true, filter: (src) => !src.includes("node_modules") });
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  assert.ok(text.includes(from), `${file} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
  return dir;
}

test("the checked-in manifests are valid", async () => {
  const { resources, problems } = await validateManifests(manifests);
  assert.deepEqual(problems, []);
  assert.ok(resources.some((r) => r.doc.kind === "HorizontalPodAutoscaler"));
  assert.ok(resources.some((r) => r.doc.kind === "Cluster"));
});

test("a schema violation is reported", async () => {
  const dir = spoiled("base/api-deployment.yaml", "containerPort: 8080", 'containerPort: "http"');
  const { problems } = await validateManifests(dir);
  assert.match(problems.join("\n"), /containerPort must be integer/);
});

test("a CloudNativePG schema violation is reported", async () => {
  const dir = spoiled("operators/postgres-cluster.yaml", "instances: 3", "instances: three");
  const { problems } = await validateManifests(dir);
  assert.match(problems.join("\n"), /instances must be integer/);
});

test("a sticky API or a non-sticky UI ingress is refused", async () => {
  const dir = spoiled("base/ingress-web.yaml", "nginx.ingress.kubernetes.io/affinity: cookie", "x: y");
  const { problems } = await validateManifests(dir);
  assert.match(problems.join("\n"), /UIs need cookie affinity/);
});

test("a probe off /health is refused", async () => {
  const dir = spoiled("base/web-deployment.yaml", "path: /health/ready", "path: /ready");
  const { problems } = await validateManifests(dir);
  assert.match(problems.join("\n"), /readinessProbe on \/health/);
});

test("a Service selecting no pods is refused", async () => {
  const dir = spoiled(
    "base/api-service.yaml",
    "selector:\n    app.kubernetes.io/name: kaeru-api",
    "selector:\n    app.kubernetes.io/name: kaeru-apl",
  );
  const { problems } = await validateManifests(dir);
  assert.match(problems.join("\n"), /matches no Deployment/);
});
