import { useCallback, useRef, useState } from 'react';

const STORAGE_KEY = 'desk.checkin.sound';

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | undefined {
  const w = globalThis as unknown as {
    AudioContext?: AudioContextClass;
    webkitAudioContext?: AudioContextClass;
  };
  return w.AudioContext ?? w.webkitAudioContext;
}

function storedEnabled(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

/**
 * The desk's beep for a reserved copy: a librarian looking at the stack of books, not at the screen, must still
 * notice that this book goes on the hold shelf. A short Web Audio tone (no audio file); on by default, the switch
 * is remembered in localStorage. Where there is no Web Audio (jsdom) or the browser refuses it, it stays silent
 * and never throws. `prime` is called on a scan (a user gesture), so the browser lets the later beep play.
 */
export function useDeskSound() {
  const [enabled, setEnabledState] = useState(storedEnabled);
  const context = useRef<AudioContext | null>(null);

  const setEnabled = useCallback((on: boolean) => {
    setEnabledState(on);
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // A browser without storage forgets the choice after a reload; the switch still works.
    }
  }, []);

  const prime = useCallback(() => {
    if (!enabled) return;
    const Ctor = audioContextClass();
    if (!Ctor) return;
    try {
      context.current ??= new Ctor();
      if (context.current.state === 'suspended') void context.current.resume().catch(() => undefined);
    } catch {
      context.current = null;
    }
  }, [enabled]);

  const beep = useCallback(() => {
    if (!enabled) return;
    prime();
    const ctx = context.current;
    if (!ctx) return;
    try {
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = 'square';
      oscillator.frequency.value = 880;
      const start = ctx.currentTime;
      gain.gain.setValueAtTime(0.15, start);
      gain.gain.setValueAtTime(0, start + 0.12);
      gain.gain.setValueAtTime(0.15, start + 0.18);
      gain.gain.setValueAtTime(0, start + 0.3);
      oscillator.connect(gain);
      gain.connect(ctx.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.32);
    } catch {
      // No sound this time; the alert on screen is still there.
    }
  }, [enabled, prime]);

  return { enabled, setEnabled, prime, beep };
}
