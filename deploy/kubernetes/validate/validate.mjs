// Validates every manifest under deploy/kubernetes against the Kubernetes API schemas
// (kubernetes-models) and CloudNativePG's CRD schemas, then checks the rules the runtime relies
// on (probes on /health, sticky UI ingress, selectors that match). Exit code 1 on any finding.
// Usage: node validate.mjs <deploy/kubernetes directory>
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseAllDocuments } from "yaml";

function yamlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "validate") return [];
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith(".yaml") ? [path] : [];
  });
}

// Models by apiVersion: core groups from kubernetes-models, CloudNativePG's from its package.
async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
  const module =
    group === "postgresql.cnpg.io"
      ? `@kubernetes-models/cloudnative-pg/${group}/${version}/${kind}`
      : `kubernetes-models/${group ? group + "/" : ""}${version}/${kind}`;
  try {
    return (await import(module))[kind];
  } catch {
    return null;
  }
}

// The Keycloak operator publishes no model package: its CR gets the checks the operator would
// refuse at once.
function checkKeycloak(doc, where, problems) {
  const spec = doc.spec ?? {};
  if (!Number.isInteger(spec.instances) || spec.instances < 1)
    problems.push(`${where}: spec.instances must be a positive integer`);
  if (spec.db?.vendor !== "postgres") problems.push(`${where}: spec.db.vendor must be postgres`);
  if (!spec.hostname?.hostname) problems.push(`${where}: spec.hostname.hostname is required`);
}

/** Validates every manifest under root; returns the resources checked and the problems found. */
export async function validateManifests(root) {
  const problems = [];
  const resources = [];
  for (const file of yamlFiles(root)) {
    const where = relative(root, file);
    for (const [index, document] of parseAllDocuments(readFileSync(file, "utf8")).entries()) {
      if (document.errors.length) {
        problems.push(`${where}#${index}: YAML: ${document.errors[0].message}`);
        continue;
      }
      const doc = document.toJS();
      if (!doc) continue;
      if (doc.kind === "Kustomization") {
        for (const resource of doc.resources ?? []) {
          try {
            statSync(join(file, "..", resource));
          } catch {
            problems.push(`${where}: lists missing ${resource}`);
          }
        }
        continue;
      }
      const name = `${where}#${index} ${doc.kind}/${doc.metadata?.name}`;
      if (doc.apiVersion === "k8s.keycloak.org/v2beta1" && doc.kind === "Keycloak") {
        checkKeycloak(doc, name, problems);
        resources.push({ doc, name });
        continue;
      }
      const Model = await modelFor(doc.apiVersion, doc.kind);
      if (!Model) {
        problems.push(`${name}: unknown apiVersion/kind ${doc.apiVersion} ${doc.kind}`);
        continue;
      }
      try {
        new Model(doc).validate();
      } catch (error) {
        problems.push(`${name}: ${error.message}`);
      }
      resources.push({ doc, name });
    }
  }

  // Rules of this deployment beyond the schemas.
  const byKind = (kind) => resources.filter((r) => r.doc.kind === kind);
  const deployments = byKind("Deployment");
  const matches = (selector, labels) =>
    Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);
  for (const { doc, name } of deployments) {
    for (const container of doc.spec.template.spec.containers) {
      for (const probe of ["readinessProbe", "livenessProbe"]) {
        const path = container[probe]?.httpGet?.path ?? "";
        if (!path.startsWith("/health"))
          problems.push(`${name}: ${container.name} needs a ${probe} on /health`);
      }
    }
  }
  for (const kind of ["Service", "PodDisruptionBudget"]) {
    for (const { doc, name } of byKind(kind)) {
      const selector = kind === "Service" ? doc.spec.selector : doc.spec.selector.matchLabels;
      if (!deployments.some((d) => matches(selector, d.doc.spec.template.metadata.labels))) {
        problems.push(`${name}: its selector matches no Deployment's pods`);
      }
    }
  }
  for (const { doc, name } of byKind("HorizontalPodAutoscaler")) {
    if (!deployments.some((d) => d.doc.metadata.name === doc.spec.scaleTargetRef.name)) {
      problems.push(`${name}: scales a Deployment that does not exist`);
    }
  }
  const services = new Set(byKind("Service").map((r) => r.doc.metadata.name));
  for (const { doc, name } of byKind("Ingress")) {
    const backends = doc.spec.rules.flatMap((rule) => rule.http.paths.map((p) => p.backend.service.name));
    for (const backend of backends)
      if (!services.has(backend)) problems.push(`${name}: routes to unknown Service ${backend}`);
    const sticky = doc.metadata.annotations?.["nginx.ingress.kubernetes.io/affinity"] === "cookie";
    const servesUi = doc.spec.rules.some((rule) =>
      rule.http.paths.some((p) => /^\/(admin|portal)/.test(p.path)),
    );
    if (servesUi && !sticky) problems.push(`${name}: the Vaadin UIs need cookie affinity`);
    if (!servesUi && sticky) problems.push(`${name}: the API is stateless and must not be sticky`);
  }

  return { resources, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { resources, problems } = await validateManifests(process.argv[2] ?? "..");
  if (problems.length) {
    console.error(`Kubernetes manifests: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`Kubernetes manifests: ${resources.length} resources valid`);
}
