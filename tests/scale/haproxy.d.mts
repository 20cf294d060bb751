import type { ChildProcess } from 'node:child_process';

export const HAPROXY: string;
/** The response header carrying the name of the instance that answered. */
export const INSTANCE_HEADER: string;

export interface Backend {
  name: string;
  port: number;
}

export interface Haproxy {
  child: ChildProcess;
  /** http://127.0.0.1:port of the API frontend. */
  url: string;
  /** The SMTP frontend's port (to the mail intake), when one was asked for. */
  smtpPort: number | undefined;
  output(): string;
  stop(): Promise<void>;
}

/** Starts HAProxy in the foreground; resolves once its API frontend accepts connections. */
export function startHaproxy(options: {
  apiPort: number;
  api: Backend[];
  smtpPort?: number;
  mailInPort?: number;
  /**
   * Health checks on /readyz (default true). The bench turns them off: on a saturated machine a slow
   * check would take an instance out and turn load into 503s; refused connections still go elsewhere.
   */
  checks?: boolean;
}): Promise<Haproxy>;

/** Resolves once requests through the proxy at `url` were answered by each of `names` (its checks saw them). */
export function untilServing(url: string, names: string[]): Promise<void>;
