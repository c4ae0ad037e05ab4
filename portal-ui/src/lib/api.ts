/**
 * The only place that names API shapes. Everything comes from the generated api-types.ts
 * (openapi-typescript over ../openapi.yaml); when a schema is renamed in openapi.yaml, fix it here.
 *
 * Note: optional fields are typed `?: T` by the contract, but the service serialises absent values
 * as JSON null. Test optional fields with `!= null` or truthiness, never `!== undefined`.
 */
import type { components, paths } from './api-types';

type Schemas = components['schemas'];

export type TitleSummary = Schemas['TitleSummary'];
export type TitleDetail = Schemas['TitleDetail'];
export type TitleAvailability = Schemas['TitleAvailability'];
export type CopySummary = Schemas['CopySummary'];
export type TitlePage = Schemas['PageTitleSummary'];
export type Theme = Schemas['Theme'];
export type ThemeRef = Schemas['ThemeRef'];
export type Location = Schemas['Location'];
export type OpeningHours = Schemas['OpeningHours'];
export type ShelfEntry = Schemas['ShelfEntry'];
export type ShelfPage = Schemas['PageShelfEntry'];
export type LoginRequest = Schemas['LoginRequest'];
export type LoginResponse = Schemas['LoginResponse'];
export type UserSummary = Schemas['UserSummary'];
export type Me = Schemas['Me'];
export type StudentProfile = Schemas['StudentProfile'];
export type Membership = Schemas['Membership'];
export type Problem = Schemas['Problem'];
export type ProblemFieldError = Schemas['ProblemFieldError'];

export type AgeGroup = TitleSummary['ageGroup'];
export type CopyStatus = CopySummary['status'];
export type LocationKind = Location['kind'];
export type Role = UserSummary['role'];

/** Query parameters of GET /api/titles (search and browse). */
export type TitleSearchParams = NonNullable<paths['/api/titles']['get']['parameters']['query']>;
/** Query parameters of GET /api/locations/{id}/shelf. */
export type ShelfParams = NonNullable<paths['/api/locations/{id}/shelf']['get']['parameters']['query']>;

/** Age groups in display order (the select on the search page). */
export const AGE_GROUPS = ['0-4', '4-6', '6-9', '9-12', '12-15'] as const satisfies readonly AgeGroup[];

/** Copy statuses, for exhaustive wording. */
export const COPY_STATUSES = [
  'ON_SHELF',
  'ON_LOAN',
  'ON_HOLD_SHELF',
  'IN_TRANSIT',
  'MISSING',
] as const satisfies readonly CopyStatus[];
