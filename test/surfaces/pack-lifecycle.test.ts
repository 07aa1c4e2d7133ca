// How the pack ends. The engine closes a plugin by closing its connection and sending SIGINT to the plugin's process
// group, and kills it after 5 s; an engine that dies leaves the pack's pipes closed. grpc-go also drops idle
// connections (after 30 minutes) and dials again, so a closed connection alone must not end the pack.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine, LAUNCHER, launchPack, PACK_DIR, STACK_TRACE, type RunningPack } from './pack/harness.js';

const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms))]);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** True when no process of the group is left. */
const groupGone = (pgid: number) => !alive(-pgid);

async function answering(pack: RunningPack): Promise<void> {
  const info = await pack.engine.info();
  expect(info.name).toBe('podguard');
}

describe('shutdown', () => {
  it('SIGINT to its process group ends it within 5 s, printing nothing and leaving no process', async () => {
    const pack = await launchPack();
    try {
      await answering(pack);
      process.kill(-pack.child.pid!, 'SIGINT');
      const end = await within(5000, pack.exited);
      expect(end.signal === 'SIGINT' || end.code === 0).toBe(true);
      expect(pack.stderr()).toBe('');
      expect(groupGone(pack.child.pid!)).toBe(true);
    } finally {
      pack.kill();
    }
  });

  it('the engine\'s close, connection closed then SIGINT, ends it within 5 s', async () => {
    const pack = await launchPack();
    try {
      await answering(pack);
      pack.engine.close();
      process.kill(-pack.child.pid!, 'SIGINT');
      await within(5000, pack.exited);
      expect(pack.stderr()).not.toMatch(STACK_TRACE);
      expect(groupGone(pack.child.pid!)).toBe(true);
    } finally {
      pack.kill();
    }
  });

  it('a connection that closes alone (as grpc-go drops an idle one) does not end it: the next connection is served', async () => {
    const pack = await launchPack();
    try {
      await answering(pack);
      pack.engine.close();
      await new Promise((r) => setTimeout(r, 1500));
      expect(pack.child.exitCode).toBeNull();
      const again = new Engine(pack.port);
      expect((await again.info()).name).toBe('podguard');
      again.close();
    } finally {
      pack.kill();
    }
  });

  it('an engine that dies (connection and pipes closed) takes the pack with it within 5 s', async () => {
    const engine = spawn(process.execPath, [join(import.meta.dirname, 'pack/fake-engine.mjs'), LAUNCHER, PACK_DIR], { stdio: ['ignore', 'pipe', 'inherit'] });
    const packPid = await new Promise<number>((resolve) => engine.stdout.once('data', (d) => resolve(Number(String(d).split(' ')[0]))));
    try {
      expect(alive(packPid)).toBe(true);
      engine.kill('SIGKILL');
      await within(
        5000,
        new Promise<void>((resolve) => {
          const poll = setInterval(() => alive(packPid) || (clearInterval(poll), resolve()), 50);
        }),
      );
      expect(groupGone(packPid)).toBe(true);
    } finally {
      engine.kill('SIGKILL');
      try {
        process.kill(-packPid, 'SIGKILL');
      } catch {
        // Gone, as it should be.
      }
    }
  });
});
