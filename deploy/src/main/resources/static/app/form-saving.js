// Which amendment commands save an editor's changed figures (docs/DOMAIN.md "Workflow"): one per funds row, one for
// the goals, and per indicator one for the actual value and one for the score with its deviation reason.

/**
 * The requests, in the order of the form. Each names the keys it saves and maps a field named in a refusal back
 * to its key; a request that cannot be sent (a deviation reason without any score) names the missing key instead.
 */
export function saveRequests(path, edits, current) {
  const groups = new Map();
  for (const key of edits.keys()) {
    const [part, name, field] = key.split('.');
    const group = part === 'indicators' ? `${part}.${name}.${field === 'actual' ? 'actual' : 'score'}`
      : part === 'goals' ? 'goals' : `${part}.${name}`;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(key);
  }
  const requests = [];
  for (const [group, keys] of groups) {
    const [part, name, kind] = group.split('.');
    const fieldOf = (field) => keys.find((key) => key.endsWith(`.${field}`)) || keys[0];
    const body = Object.fromEntries(keys.map((key) => [key.split('.').pop(), edits.get(key)]));
    if (part === 'funds') {
      requests.push({ path: `${path}/funds/${encodeURIComponent(name)}`, body, keys, fieldOf });
    } else if (part === 'goals') {
      requests.push({ path: `${path}/goals`, body, keys, fieldOf });
    } else if (kind === 'actual') {
      requests.push({ path: `${path}/indicators/${encodeURIComponent(name)}/actual`, body, keys, fieldOf });
    } else {
      const scoreKey = `indicators.${name}.score`;
      const score = current(scoreKey);
      if (score === null || score === '') {
        requests.push({ missing: scoreKey, keys });
      } else {
        requests.push({
          path: `${path}/indicators/${encodeURIComponent(name)}/score`,
          body: { ...body, score },
          keys,
          fieldOf,
        });
      }
    }
  }
  return requests;
}
