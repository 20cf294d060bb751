// Which addresses a webhook may reach: every internal form refused, public ones allowed, URLs checked.
import { describe, expect, it } from 'vitest';
import { isInternalAddress, parseEndpointUrl } from './webhook-address.js';

describe('isInternalAddress', () => {
  it('refuses loopback, private, link-local, shared, reserved and multicast addresses in every notation', () => {
    const internal = [
      '127.0.0.1',
      '127.255.0.9',
      '0.0.0.0',
      '10.20.30.40',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.10',
      '169.254.169.254',
      '100.64.0.1',
      '198.18.0.1',
      '224.0.0.251',
      '255.255.255.255',
      '::',
      '::1',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::10.0.0.1',
      'not an address',
    ];
    expect(internal.filter((a) => !isInternalAddress(a))).toEqual([]);
  });

  it('allows public addresses', () => {
    const external = ['8.8.8.8', '172.32.0.1', '193.191.245.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'];
    expect(external.filter(isInternalAddress)).toEqual([]);
  });
});

describe('parseEndpointUrl', () => {
  it('takes https URLs without credentials or fragment; http only when private addresses are allowed', () => {
    expect(parseEndpointUrl('https://hooks.example.org/loket', false)).toHaveProperty('url');
    expect(parseEndpointUrl('http://hooks.example.org/loket', false)).toEqual({
      problem: 'WEBHOOK_URL_NOT_HTTPS',
    });
    expect(parseEndpointUrl('http://127.0.0.1:8080/hook', true)).toHaveProperty('url');
    for (const bad of [
      'hooks.example.org',
      'ftp://example.org/x',
      'https://user:pw@example.org/',
      'https://example.org/#x',
    ])
      expect(parseEndpointUrl(bad, true)).toEqual({ problem: 'WEBHOOK_URL_INVALID' });
  });
});
