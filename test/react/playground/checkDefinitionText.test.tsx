import { describe, expect, it } from 'vitest';
import { issueMessagesZhHant } from '../../../src/core';
import { checkDefinitionText } from '../../../src/playground/validation/checkDefinitionText';
import { miniQuestionnaire } from '../../fixtures/miniQuestionnaire';

const text = (value: unknown) => JSON.stringify(value, null, 2);

describe('checkDefinitionText', () => {
  it('accepts a valid definition with no issues', () => {
    const check = checkDefinitionText(text(miniQuestionnaire()));
    expect(check.result.ok).toBe(true);
    expect(check.issues).toEqual([]);
  });

  it('reports a JSON syntax error with its line and column, as invalid_json', () => {
    const lines = text(miniQuestionnaire()).split('\n');
    // Line 3 loses its trailing comma: the parser stops at the start of line 4.
    lines[2] = lines[2]!.replace(/,$/, '');
    const check = checkDefinitionText(lines.join('\n'));
    expect(check.result.ok).toBe(false);
    expect(check.issues[0]).toMatchObject({ syntaxError: 'CommaExpected', location: { line: 4, column: 3 } });
    expect(check.issues[0]!.issue).toMatchObject({ code: 'invalid_json', path: '', params: { line: 4, column: 3 } });
    expect(check.result.issues[0]!.message).toBe('is not valid JSON: CommaExpected at line 4, column 3');
  });

  it('rejects comments and trailing commas, as JSON.parse does', () => {
    expect(checkDefinitionText('{ "id": "x", // note\n}').issues.map((entry) => entry.syntaxError)).toContain('InvalidCommentToken');
    expect(checkDefinitionText('{ "id": "x", }').issues[0]).toMatchObject({ syntaxError: 'PropertyNameExpected', location: { line: 1, column: 14 } });
  });

  it('locates each issue of the definition at its path, its message in the catalog language', () => {
    const broken = miniQuestionnaire();
    (broken.sections[1]!.questions[0] as { options: { points?: unknown }[] }).options[1]!.points = { nowhere: 2 };
    const source = text(broken);
    const check = checkDefinitionText(source, issueMessagesZhHant);
    expect(check.result.ok).toBe(false);
    const issue = check.issues.find((entry) => entry.issue.code === 'unknown_dimension')!;
    expect(issue.issue.path).toBe('sections[1].questions[0].options[1].points.nowhere');
    expect(source.split('\n')[issue.location.line - 1]!.trim()).toBe('"nowhere": 2');
    expect(issue.location.exact).toBe(true);
    expect(issue.issue.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('puts a missing field at the object that lacks it', () => {
    const broken = miniQuestionnaire() as unknown as { sections: { questions: Record<string, unknown>[] }[] };
    delete broken.sections[0]!.questions[1]!.label;
    const source = text(broken);
    const issue = checkDefinitionText(source).issues.find((entry) => entry.issue.code === 'missing_field')!;
    expect(issue.issue.path).toBe('sections[0].questions[1].label');
    expect(issue.location.exact).toBe(false);
    expect(source.split('\n')[issue.location.line]!.trim()).toBe('"id": "channel",');
  });
});
