/** referenceRefusal: what a `$ref` may reach, from a local spec and from one fetched over http(s). */
import { describe, expect, it } from 'vitest';
import { reachable, referenceRefusal, type ReferenceScope } from '../../generator/load/reference-policy.ts';

const local: ReferenceScope = { folder: '/work/api', allowedHosts: ['schemas.example.com', '127.0.0.1:8080'] };
const remote: ReferenceScope = { origin: 'https://api.example.com', allowedHosts: ['schemas.example.com'] };

describe('referenceRefusal', () => {
  const cases: { name: string; scope: ReferenceScope; target: string; fromRemote?: boolean; realPath?: string; want: RegExp | undefined }[] = [
    { name: 'a file in the folder', scope: local, target: 'file:///work/api/pet.json', realPath: '/work/api/pet.json', want: undefined },
    { name: 'a file below the folder', scope: local, target: 'file:///work/api/a/b.yaml', realPath: '/work/api/a/b.yaml', want: undefined },
    { name: 'a file named like the folder', scope: local, target: 'file:///work/api-old/x.json', realPath: '/work/api-old/x.json', want: /outside the spec's folder \/work\/api$/ },
    { name: 'an absolute path elsewhere', scope: local, target: 'file:///etc/passwd', realPath: '/etc/passwd', want: /resolves to \/etc\/passwd, outside/ },
    { name: 'a symlink in the folder to elsewhere', scope: local, target: 'file:///work/api/link.json', realPath: '/home/me/.npmrc', want: /resolves to \/home\/me\/\.npmrc/ },
    { name: 'a local file from a remote document', scope: local, target: 'file:///work/api/pet.json', fromRemote: true, want: /fetched over http\(s\) may never read/ },
    { name: 'a local file from a remote spec', scope: remote, target: 'file:///etc/hosts', fromRemote: true, want: /fetched over http\(s\) may never read/ },
    { name: 'an allowed host', scope: local, target: 'https://schemas.example.com/pet.json', want: undefined },
    { name: 'an allowed host, any case', scope: local, target: 'https://SCHEMAS.example.com/pet.json', want: undefined },
    { name: 'an allowed host and port', scope: local, target: 'http://127.0.0.1:8080/a.json', want: undefined },
    { name: 'an allowed host on another port', scope: local, target: 'http://127.0.0.1:9090/a.json', want: /reaches the host 127\.0\.0\.1:9090, which a local spec may not reach/ },
    { name: 'a host from a local spec', scope: local, target: 'http://127.0.0.2:8000/internal', want: /reaches the host 127\.0\.0\.2:8000/ },
    { name: "the remote spec's origin", scope: remote, target: 'https://api.example.com/schemas/pet.json', fromRemote: true, want: undefined },
    {
      name: 'its host on another scheme',
      scope: remote,
      target: 'http://api.example.com/pet.json',
      fromRemote: true,
      want: /which a spec fetched from https:\/\/api\.example\.com may not reach/,
    },
    { name: 'another host from a remote spec', scope: remote, target: 'http://169.254.169.254/latest/meta-data', fromRemote: true, want: /reaches the host 169\.254\.169\.254/ },
    { name: 'an allowed host from a remote spec', scope: remote, target: 'https://schemas.example.com/pet.json', fromRemote: true, want: undefined },
    { name: 'another scheme', scope: local, target: 'ftp://example.com/pet.json', want: /uses the scheme ftp:, which is never read/ },
    { name: 'a data: URL', scope: remote, target: 'data:application/json,{}', fromRemote: true, want: /uses the scheme data:/ },
  ];
  it.each(cases)('$name', ({ scope, target, fromRemote = false, realPath, want }) => {
    const refusal = referenceRefusal(new URL(target), fromRemote, scope, realPath);
    if (want === undefined) expect(refusal).toBeUndefined();
    else expect(refusal?.reason).toMatch(want);
  });

  it('names the option that allows a host, and says when none does', () => {
    expect(referenceRefusal(new URL('http://10.0.0.5:81/a.json'), false, local)?.hint).toMatch(/--allow-ref-host 10\.0\.0\.5:81 \(or "allowRefHosts": \["10\.0\.0\.5:81"\]/);
    expect(referenceRefusal(new URL('file:///etc/passwd'), true, remote)?.hint).toMatch(/^no option allows this/);
  });
});

describe('reachable', () => {
  it.each([
    ['https://schemas.example.com/a', true],
    ['https://schemas.example.com:8443/a', true],
    ['https://other.example.com/a', false],
    ['https://api.example.com/a', true],
    ['https://api.example.com.evil.test/a', false],
  ])('%s → %s', (url, want) => {
    expect(reachable(new URL(url), remote)).toBe(want);
  });
});
