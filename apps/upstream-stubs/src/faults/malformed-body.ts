function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A broken fragment of a response body that still claims its content type: the first half of the real
 * body, as a connection cut mid-body or a buggy upstream would deliver it. A strict prefix of a JSON
 * object or an XML document never parses; the fixed fragments cover empty bodies and the rare JSON
 * scalar whose prefix is itself valid (`123` → `1`).
 */
export function malformBody(body: string, contentType: string | undefined): string {
  const fragment = body.slice(0, Math.floor(body.length / 2));
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) {
    return fragment.trim() === '' || parsesAsJson(fragment) ? '{"' : fragment;
  }
  if (type.includes('xml')) {
    return fragment.trim() === '' ? '<' : fragment;
  }
  return fragment;
}
