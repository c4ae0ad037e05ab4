import { afterEach, describe, expect, it } from 'vitest';
import { forgetAllKept, forgetKept, keepForUser, keptForUser } from './kept-for-user';

afterEach(() => sessionStorage.clear());

describe('kept for user', () => {
  it('gives back what was kept to the same person only, and drops it for anyone else', () => {
    keepForUser(7, 'checkin.rows', [{ id: 1 }]);
    expect(keptForUser(7, 'checkin.rows')).toEqual([{ id: 1 }]);
    expect(keptForUser(8, 'checkin.rows')).toBeNull();
    expect(keptForUser(7, 'checkin.rows')).toBeNull();
  });

  it('forgets one name, or everything on logout (and leaves the rest of sessionStorage alone)', () => {
    sessionStorage.setItem('bieb.session', 'x');
    keepForUser(7, 'a', 1);
    keepForUser(7, 'b', 2);
    forgetKept('a');
    expect(keptForUser(7, 'a')).toBeNull();
    expect(keptForUser(7, 'b')).toBe(2);
    forgetAllKept();
    expect(keptForUser(7, 'b')).toBeNull();
    expect(sessionStorage.getItem('bieb.session')).toBe('x');
  });

  it('reads nothing from a damaged entry', () => {
    sessionStorage.setItem('bieb.kept.c', '{not json');
    expect(keptForUser(7, 'c')).toBeNull();
  });
});
