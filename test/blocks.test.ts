/**
 * SUMMARY, COMMENT and NOTE blocks (docs/cable-format.md section 4, "Blocks"): openers with
 * a period, comment sections under a heading, the combined `SUMMARY AND COMMENT` marker.
 * Synthetic paragraphs.
 */

import { describe, expect, it } from 'vitest';
import { extractBlocks, extractSummary } from '../src/body/blocks.js';
import type { Paragraph } from '../src/model/cable.js';

/** A numbered paragraph with a heading (or none). */
const para = (text: string, heading: string | null = null): Paragraph => ({ number: '1', outline: ['1'], marking: 'C', heading, text });

describe('extractBlocks: openers written with a period', () => {
  it('reads COMMENT. ... END COMMENT. at a paragraph start', () => {
    const paragraphs = [para('The talks went well.'), para('COMMENT. Post remains concerned about the cartels. END COMMENT.')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['Post remains concerned about the cartels.']);
  });

  it('reads NOTE. ... END NOTE. after a finished sentence, and Comment. at a paragraph start', () => {
    const note = para('Gunmen attacked the convoy. NOTE. The attack resembled the one in January. END NOTE. Police arrived late.');
    expect(extractBlocks([note], 'NOTE')).toEqual(['The attack resembled the one in January.']);
    expect(extractBlocks([para('Comment. Two of the three bridges bear military names.')], 'COMMENT')).toEqual(['Two of the three bridges bear military names.']);
  });

  it('takes no ordinary word for an opener (guard)', () => {
    const paragraphs = [para('He sent the request via Diplomatic Note. This request was denied. END NOTE. As the ministry said, no comment.')];
    expect(extractBlocks(paragraphs, 'NOTE')).toEqual([]);
    expect(extractBlocks([para('The minister declined to comment. He left.')], 'COMMENT')).toEqual([]);
  });
});

describe('extractBlocks: SUMMARY AND COMMENT', () => {
  it('closes the comment at END SUMMARY AND COMMENT, without the marker', () => {
    const paragraphs = [para('SUMMARY AND COMMENT: The EU is moving slowly. END SUMMARY AND COMMENT'), para('Repeated Call for More Evidence')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The EU is moving slowly.']);
    expect(extractSummary(paragraphs)).toBe('The EU is moving slowly.');
  });
});

describe('extractBlocks: a COMMENT heading', () => {
  it('takes the paragraphs under the heading up to END COMMENT', () => {
    const paragraphs = [
      para('The mayor spoke.', 'Background'),
      para('There is no doubt the mayor will run.', 'COMMENT'),
      para('He is better able to win. END COMMENT. Other text.'),
      para('The next part.', 'Outlook'),
    ];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['There is no doubt the mayor will run.\n\nHe is better able to win.']);
  });

  it('takes the paragraphs up to the next heading when there is no END COMMENT', () => {
    const paragraphs = [para('The mayor spoke.'), para('The coming months matter.', 'Comment'), para('We will watch.'), para('Travel plans.', 'Logistics')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The coming months matter.\n\nWe will watch.']);
  });

  it('reads a section opened again by its own opener once, and blocks in order', () => {
    const paragraphs = [para('Talks. COMMENT: First view. END COMMENT.'), para('Comment: The view is grim. END COMMENT.', 'Comment')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['First view.', 'The view is grim.']);
    // A COMMENT: inside a section under a heading is part of it.
    const inside = [para('Second thoughts.', 'COMMENT'), para('As said, COMMENT: more. END COMMENT.')];
    expect(extractBlocks(inside, 'COMMENT')).toEqual(['Second thoughts.\n\nAs said, COMMENT: more.']);
  });
});

describe('extractBlocks: hostile input', () => {
  it('stays linear on many openers without closers and many COMMENT headings', () => {
    const text = 'Done. NOTE. x (Note. y. COMMENT. z '.repeat(5000);
    const many = Array.from({ length: 3000 }, (_, k) => para(`Text ${k} NOTE: ${'w '.repeat(20)}`, k % 2 === 0 ? 'COMMENT' : null));
    const started = performance.now();
    // A block without its END marker runs to the end of its paragraph: one block each.
    expect(extractBlocks([para(text)], 'NOTE').length).toBe(1);
    expect(extractBlocks([para(text)], 'COMMENT').length).toBe(1);
    expect(extractBlocks(many, 'COMMENT').length).toBe(1500);
    expect(extractBlocks(many, 'NOTE').length).toBe(3000);
    expect(performance.now() - started).toBeLessThan(800);
  });
});
