// STS throughput and latency over HTTP loopback against the console in its own process,
// and the same load against moto_server (a lenient AWS STS emulator) when it is installed.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startConsoleProcess } from '../scripts/console-process';
import { printLoad, runLoad } from './load';
import type { LoadResult } from './load';

const CONCURRENCY = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const STS_PATH = '/v2/assumed-roles/compatibility/aws/sts';

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export async function benchSts() {
  const server = await startConsoleProcess();
  try {
    const auth = { authorization: `Bearer ${server.ownerKey}` };
    const org = (
      await json<{ organizations: { id: string }[] }>(`${server.url}/v2/organizations`, {
        headers: auth,
      })
    ).organizations[0]!.id;
    const roles = (
      await json<{ roles: { id: string; name: string }[] }>(`${server.url}/v2/roles`, {
        headers: auth,
      })
    ).roles;
    const roleArn = (name: string) =>
      `arn:aws:iam::${org}:role/${roles.find((r) => r.name === name)!.id}`;
    const keys = JSON.parse(
      readFileSync(join(server.dataDir, 'user-api-keys.json'), 'utf8'),
    ) as Record<string, string>;
    const blake = keys['blake@acme-robotics.example']!;
    const token = (
      await json<{ token: string }>(`${server.url}/oidc/dev/token`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ sub: 'bench', ttl_seconds: 3600 }),
      })
    ).token;

    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const assumeRole = (i: number) => ({
      path: STS_PATH,
      headers: { ...form, authorization: `Bearer ${blake}` },
      body: new URLSearchParams({
        Action: 'AssumeRole',
        Version: '2011-06-15',
        RoleArn: roleArn('Break-glass Administrator'),
        RoleSessionName: `bench-${i}`,
      }).toString(),
    });
    const webIdentity = (i: number) => ({
      path: STS_PATH,
      headers: form,
      body: new URLSearchParams({
        Action: 'AssumeRoleWithWebIdentity',
        Version: '2011-06-15',
        RoleArn: roleArn('CI Deployer'),
        RoleSessionName: `bench-${i}`,
        WebIdentityToken: token,
      }).toString(),
    });

    process.stdout.write(
      `\nSTS over HTTP loopback, concurrency ${CONCURRENCY}, ${SECONDS} s each, every session persisted\n`,
    );
    await runLoad(server.url, assumeRole, {
      concurrency: CONCURRENCY,
      seconds: 1,
      expectStatus: 200,
    }); // warm up
    const ar = await runLoad(server.url, assumeRole, {
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      expectStatus: 200,
    });
    printLoad('AssumeRole (console emulator)', ar);
    const wi = await runLoad(server.url, webIdentity, {
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      expectStatus: 200,
    });
    printLoad('AssumeRoleWithWebIdentity (console emulator)', wi);
    const sessions = (
      await json<{ meta: { total: number } }>(`${server.url}/v2/assumed-roles?per_page=1`, {
        headers: auth,
      })
    ).meta.total;
    process.stdout.write(`sessions stored: ${sessions} (every 200 above is a row)\n`);

    await benchMoto(assumeRole, webIdentity, ar, wi);
  } finally {
    await server.stop();
  }
}

async function benchMoto(
  assumeRole: (i: number) => { path: string; headers: Record<string, string>; body: string },
  webIdentity: (i: number) => { path: string; headers: Record<string, string>; body: string },
  ar: LoadResult,
  wi: LoadResult,
) {
  if (spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status !== 0) {
    process.stdout.write('moto_server is not installed: no peer comparison\n');
    return;
  }
  const port = 5000 + Math.floor(Math.random() * 1000);
  const moto = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(base).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // moto wants the STS path at / and an AWS-shaped ARN; it accepts any role and any token.
    const asMoto = (make: typeof assumeRole) => (i: number) => {
      const req = make(i);
      const body = req.body.replace(
        /RoleArn=[^&]+/,
        `RoleArn=${encodeURIComponent('arn:aws:iam::123456789012:role/bench')}`,
      );
      return {
        ...req,
        path: '/',
        headers: {
          ...req.headers,
          authorization:
            'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0',
        },
        body,
      };
    };
    await runLoad(base, asMoto(assumeRole), { concurrency: CONCURRENCY, seconds: 1 });
    const mar = await runLoad(base, asMoto(assumeRole), {
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      expectStatus: 200,
    });
    printLoad('AssumeRole (moto_server)', mar);
    const mwi = await runLoad(base, asMoto(webIdentity), {
      concurrency: CONCURRENCY,
      seconds: SECONDS,
      expectStatus: 200,
    });
    printLoad('AssumeRoleWithWebIdentity (moto_server)', mwi);
    process.stdout.write(
      `console ÷ moto throughput: AssumeRole ${(ar.perSecond / mar.perSecond).toFixed(1)}×, AssumeRoleWithWebIdentity ${(wi.perSecond / mwi.perSecond).toFixed(1)}×\n`,
    );
  } finally {
    moto.kill('SIGTERM');
  }
}
