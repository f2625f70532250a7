/**
 * The client's shape: resources by wire path (see `resourcePlacement` in naming.ts), each with its calls.
 * An endpoint group (the `#fragment` variants of one method and path) gets one merged call under the plain
 * verb (`videos.create`) and keeps each variant as `create<Variant>` (`videos.createVeo`), the variant named
 * by its fragment, else its first tag. Task lifecycles add `<create>AndWait` and `waitFor<Variant>`.
 */
import { camelCase, NameRegistry, pascalCase, RESERVED_MEMBER_NAMES, resourcePlacement } from './naming.ts';
import type { EndpointGroup, Operation, Resource, ResourceMethod, TaskLifecycle } from './types.ts';

interface Draft {
  name: string;
  path: string[];
  members: NameRegistry;
  methods: ResourceMethod[];
  children: Map<string, Draft>;
}

function variantSuffix(operation: Operation): string {
  return pascalCase(operation.fragment ?? operation.tags[0] ?? operation.name);
}

export function layoutResources(operations: Operation[], groups: EndpointGroup[], tasks: TaskLifecycle[], typeNames: NameRegistry, clientMembers: string[]): Resource[] {
  const root: Draft = { name: '', path: [], members: new NameRegistry(new Set([...RESERVED_MEMBER_NAMES, ...clientMembers])), methods: [], children: new Map() };
  const draftFor = (path: string[]): Draft => {
    let draft = root;
    for (const segment of path) {
      let child = draft.children.get(segment);
      if (!child) {
        child = { name: draft.members.claim(segment), path: [...draft.path, segment], members: new NameRegistry(new Set(RESERVED_MEMBER_NAMES)), methods: [], children: new Map() };
        draft.children.set(segment, child);
      }
      draft = child;
    }
    return draft;
  };

  // Calls of one operation: where they went, so that task helpers can sit beside them.
  const placedAs = new Map<string, { draft: Draft; method: string }>();
  const groupOf = new Map(groups.flatMap((group) => group.operations.map((name) => [name, group] as const)));
  const seenGroups = new Set<EndpointGroup>();
  for (const operation of operations) {
    const placement = resourcePlacement(operation.method, operation.path);
    const draft = draftFor(placement.resource.length ? placement.resource : ['default']);
    const group = groupOf.get(operation.name);
    if (group?.name && !seenGroups.has(group)) {
      seenGroups.add(group);
      const method = draft.members.claim(placement.method);
      draft.methods.push({ kind: 'endpoint', name: method, group: group.name });
      if (group.andWaitName) draft.methods.push({ kind: 'endpointAndWait', name: draft.members.claim(`${method}AndWait`), group: group.name });
      if (group.waitForName) draft.methods.push({ kind: 'endpointWaitFor', name: draft.members.claim('waitFor'), group: group.name });
    }
    const name = draft.members.claim(group ? `${placement.method}${variantSuffix(operation)}` : placement.method);
    draft.methods.push({ kind: 'operation', name, operation: operation.name });
    placedAs.set(operation.name, { draft, method: name });
  }
  for (const task of tasks) {
    const create = placedAs.get(task.create)!;
    const fetch = placedAs.get(task.fetch)!;
    create.draft.methods.push({ kind: 'createAndWait', name: create.draft.members.claim(`${create.method}AndWait`), task: task.create });
    const waitName = `waitFor${fetch.method.replace(/^(retrieve|get|fetch|list)/, '')}`;
    if (!fetch.draft.methods.some((method) => method.kind === 'waitFor' && method.task === task.fetch)) {
      fetch.draft.methods.push({ kind: 'waitFor', name: fetch.draft.members.claim(waitName), task: task.fetch });
    }
  }

  const finish = (draft: Draft): Resource => ({
    name: draft.name,
    className: typeNames.claim(pascalCase(draft.path.join(' '), 'Resource')),
    methods: draft.methods,
    children: [...draft.children.values()].map(finish),
  });
  return [...root.children.values()].map(finish);
}

/** The standalone function name of a merged endpoint: the derived name, `By<Property>` when discriminated. */
export function endpointName(group: EndpointGroup, derived: string): string {
  return group.discriminator ? `${derived}By${pascalCase(group.discriminator.property)}` : camelCase(derived);
}
