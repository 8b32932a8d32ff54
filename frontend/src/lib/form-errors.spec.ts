import { describe, expect, it } from '@jest/globals';
import { loginInputSchema } from '@zet/contracts';
import { ApiError } from './api-client';
import { fieldErrorsFromError, fieldErrorsFromIssues, validate, withMissing } from './form-errors';

describe(fieldErrorsFromIssues.name, () => {
  it('keeps the first message per field and joins nested paths with dots', () => {
    expect(
      fieldErrorsFromIssues([
        { path: ['email'], message: 'eerste' },
        { path: ['email'], message: 'tweede' },
        { path: ['programmaleider', 'name'], message: 'naam' },
      ]),
    ).toEqual({ email: 'eerste', 'programmaleider.name': 'naam' });
  });
});

describe(fieldErrorsFromError.name, () => {
  it('reads the field errors of an ApiError and nothing from other errors', () => {
    const error = new ApiError('http', 400, 'Ongeldig', [{ path: ['code'], message: 'Fout.' }]);
    expect(fieldErrorsFromError(error)).toEqual({ code: 'Fout.' });
    expect(fieldErrorsFromError(new Error('x'))).toEqual({});
  });
});

describe(validate.name, () => {
  it('returns the Dutch messages of the contract when the input is invalid', () => {
    const result = validate(loginInputSchema, { email: 'geen-adres', password: '' });
    expect(result).toEqual({
      success: false,
      errors: { email: 'Vul een geldig e-mailadres in.', password: 'Vul je wachtwoord in.' },
    });
  });

  it('returns the parsed data when the input is valid', () => {
    expect(validate(loginInputSchema, { email: ' Iemand@School.nl ', password: 'geheim' })).toEqual(
      { success: true, data: { email: 'iemand@school.nl', password: 'geheim' } },
    );
  });
});

describe(withMissing.name, () => {
  it('says "fill it in" for an empty field with an error, and leaves the others', () => {
    expect(
      withMissing(
        { email: 'Vul een geldig e-mailadres in.', name: 'Te lang.' },
        { email: '  ', name: 'x'.repeat(300) },
        { email: 'Vul je e-mailadres in.', name: 'Vul een naam in.' },
      ),
    ).toEqual({ email: 'Vul je e-mailadres in.', name: 'Te lang.' });
  });

  it('adds no error to a field without one', () => {
    expect(withMissing({}, { email: '' }, { email: 'Vul je e-mailadres in.' })).toEqual({});
  });
});
