// Path patterns of trackerFreePaths and sensitivePaths (R-HEALTH): a page that might be the protected one is.
import { describe, expect, it } from 'vitest';
import { matchesPath, protectionOf } from '../../src/core/paths';

describe('matchesPath', () => {
  const portal = ['/portal/*'];

  it('matches a path under a "/*" pattern', () => expect(matchesPath(portal, '/portal/messages/12')).toBe(true));
  it('matches the folder of a "/*" pattern itself, with or without its slash', () => {
    expect(matchesPath(portal, '/portal')).toBe(true);
    expect(matchesPath(portal, '/portal/')).toBe(true);
  });
  it('does not match a longer name beside the folder', () => expect(matchesPath(portal, '/portals')).toBe(false));
  it('matches any continuation of a trailing "*"', () => {
    expect(matchesPath(['/intake*'], '/intake')).toBe(true);
    expect(matchesPath(['/intake*'], '/intake-form/step-2')).toBe(true);
    expect(matchesPath(['/intake*'], '/in')).toBe(false);
  });
  it('matches a "*" in the middle across folders', () => expect(matchesPath(['/clinics/*/book'], '/clinics/berlin/mitte/book')).toBe(true));
  it('matches an exact pattern only exactly, trailing slash aside', () => {
    expect(matchesPath(['/appointments'], '/appointments/')).toBe(true);
    expect(matchesPath(['/appointments'], '/appointments/new')).toBe(false);
  });
  it('ignores the query string and the fragment', () => {
    expect(matchesPath(['/appointments'], '/appointments?doctor=7#slot')).toBe(true);
    expect(matchesPath(['/search'], '/?q=/search')).toBe(false);
  });
  it('ignores case', () => expect(matchesPath(portal, '/Portal/Inbox')).toBe(true));
  it('matches percent-encoded paths as decoded', () => {
    expect(matchesPath(portal, '/%70ortal/inbox')).toBe(true);
    expect(matchesPath(['/intake/*'], '/intake%2Fform')).toBe(true);
    expect(matchesPath(['/ärzte/*'], '/%C3%A4rzte/suche')).toBe(true);
  });
  it('matches a path with a stray "%" as written', () => expect(matchesPath(['/intake*'], '/intake%zz')).toBe(true));
  it('matches repeated slashes as one', () => expect(matchesPath(portal, '//portal//inbox')).toBe(true));
  it('resolves dot segments first', () => {
    expect(matchesPath(portal, '/public/../portal/inbox')).toBe(true);
    expect(matchesPath(portal, '/portal/../public')).toBe(false);
  });
  it('reads a whole URL by its path', () => expect(matchesPath(portal, 'https://clinic.example/portal/x?y=1')).toBe(true));
  it('takes regular-expression characters literally', () => {
    expect(matchesPath(['/a.b(c)'], '/a.b(c)')).toBe(true);
    expect(matchesPath(['/a.b'], '/axb')).toBe(false);
  });
  it('matches every path with "/*"', () => expect(matchesPath(['/*'], '/')).toBe(true));
  it('matches nothing without patterns', () => expect(matchesPath([], '/portal')).toBe(false));
});

describe('protectionOf', () => {
  const config = { trackerFreePaths: ['/portal/*'], sensitivePaths: ['/conditions/*', '/portal/help'] };

  it('names a tracker-free page', () => expect(protectionOf(config, '/portal/inbox')).toBe('tracker-free'));
  it('names a sensitive page', () => expect(protectionOf(config, '/conditions/diabetes')).toBe('sensitive'));
  it('puts tracker-free before sensitive where both match', () => expect(protectionOf(config, '/portal/help')).toBe('tracker-free'));
  it('names any other page "none"', () => expect(protectionOf(config, '/about')).toBe('none'));
});
