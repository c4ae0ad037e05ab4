/**
 * The only place that names API shapes. Everything comes from the generated api-types.ts
 * (openapi-typescript over ../openapi.yaml); when a schema is renamed in openapi.yaml, fix it here.
 *
 * Optional fields are typed `?: T` by the contract, and the service leaves an absent value out of the
 * JSON (it never sends null for it). Test optional fields with `!= null` or truthiness, so a null from
 * a mocked or older answer is treated as absent too.
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
/** Every stable problem code of the service, generated from the contract (its ErrorCode enum). */
export type ProblemCode = Schemas['ProblemCode'];
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
  'WITHDRAWN',
] as const satisfies readonly CopyStatus[];

// ---------- Staff views (desk, hold shelf, title queue) ----------
export type CheckinRequest = Schemas['CheckinRequest'];
export type CheckinResult = Schemas['CheckinResult'];
export type CheckinOutcome = Schemas['CheckinOutcome'];
export type ReservedAlert = Schemas['ReservedAlert'];
export type ReturnedLoan = Schemas['ReturnedLoan'];
export type CheckoutRequest = Schemas['CheckoutRequest'];
export type Loan = Schemas['Loan'];
export type HoldShelf = Schemas['HoldShelf'];
export type HoldShelfEntry = Schemas['HoldShelfEntry'];
export type PickListEntry = Schemas['PickListEntry'];
export type PatronRef = Schemas['PatronRef'];
export type TitleRef = Schemas['TitleRef'];
export type LocationRef = Schemas['LocationRef'];
export type Reservation = Schemas['Reservation'];
export type MoveDirection = Schemas['MoveDirection'];
export type MoveReservationRequest = Schemas['MoveReservationRequest'];
export type CancelReservationRequest = Schemas['CancelReservationRequest'];

// ---------- Student screens (reserve, mijn gegevens, berichten); Loan, TitleRef, LocationRef, Reservation above ----------
export type ReservationStatus = Schemas['ReservationStatus'];
export type ReservationScope = Schemas['ReservationScope'];
export type ReservationOption = Schemas['ReservationOption'];
export type ReservationOptions = Schemas['ReservationOptions'];
export type PlaceReservationRequest = Schemas['PlaceReservationRequest'];
export type SuspendReservationRequest = Schemas['SuspendReservationRequest'];
export type NotNeededAfterRequest = Schemas['NotNeededAfterRequest'];
export type MyReservations = Schemas['MyReservations'];
export type Message = Schemas['Message'];
export type MessageKind = Schemas['MessageKind'];
export type MessagePage = Schemas['MessagePage'];

// ---------- Staff controls (copy detail, blocks, series mutations, collections, passes, policies) ----------
export type CopyDetail = Schemas['CopyDetail'];
export type CopyChange = Schemas['CopyChange'];
export type CurrentLoan = Schemas['CurrentLoan'];
export type ReservationBlock = Schemas['ReservationBlock'];
export type ReservationBlockLevel = Schemas['ReservationBlockLevel'];
export type LoanBlock = Schemas['LoanBlock'];
export type SetReservationBlockRequest = Schemas['SetReservationBlockRequest'];
export type SetLoanBlockRequest = Schemas['SetLoanBlockRequest'];
export type CopyReservationRequest = Schemas['CopyReservationRequest'];
export type Selection = Schemas['Selection'];
export type MutationChange = Schemas['MutationChange'];
export type LoanBlockChange = Schemas['LoanBlockChange'];
export type SeriesMutationRequest = Schemas['SeriesMutationRequest'];
export type SeriesMutation = Schemas['SeriesMutation'];
export type SeriesMutationPage = Schemas['PageSeriesMutationView'];
export type DryRunResult = Schemas['DryRunResult'];
export type CopySample = Schemas['CopySample'];
export type UndoResult = Schemas['UndoResult'];
export type Collection = Schemas['Collection'];
export type CreateCollectionRequest = Schemas['CreateCollectionRequest'];
export type SpecialPass = Schemas['SpecialPass'];
export type PassLoan = Schemas['PassLoan'];
export type CreateSpecialPassRequest = Schemas['CreateSpecialPassRequest'];
export type SchoolPolicy = Schemas['SchoolPolicy'];
export type UpdateSchoolPolicyRequest = Schemas['UpdateSchoolPolicyRequest'];

// ---------- Catalogue intake (a title by hand with its copies, a file import, move and withdraw a copy) ----------
export type CatalogueTitle = Schemas['CatalogueTitle'];
export type CatalogueCopy = Schemas['CatalogueCopy'];
export type TitleInput = Schemas['TitleInput'];
export type NewCopy = Schemas['NewCopy'];
export type NewCopyOfTitle = Schemas['NewCopyOfTitle'];
export type MoveCopyRequest = Schemas['MoveCopyRequest'];
export type WithdrawCopyRequest = Schemas['WithdrawCopyRequest'];
export type CatalogueImportResult = Schemas['CatalogueImportResult'];
export type ImportCounts = Schemas['ImportCounts'];
export type CatalogueImportRowError = Schemas['CatalogueImportRowError'];
export type ImportRunStatus = Schemas['ImportRunStatus'];
export type ImportRun = Schemas['ImportRun'];
/** Query parameters of POST /api/catalogue/imports (dryRun, allOrNothing, holdingsTag, …). */
export type CatalogueImportParams = NonNullable<
  paths['/api/catalogue/imports']['post']['parameters']['query']
>;

// ---------- Administration (first day: setup, organisations, schools, locations, closures, accounts, logins) ----------
/** The JSON body of a request of the contract, by path and method (for requests without a schema name of their own). */
export type RequestBody<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type SetupStatus = Schemas['SetupStatus'];
export type Organisation = Schemas['Organisation'];
export type School = Schemas['School'];
export type StudentUsernameRule = School['studentUsernameRule'];
export type Closure = Schemas['Closure'];
export type ClosureCreated = Schemas['ClosureCreated'];
export type StaffAccount = Schemas['StaffAccount'];
export type StaffAccountCreated = Schemas['StaffAccountCreated'];
export type TemporaryPassword = Schemas['TemporaryPassword'];
export type SchoolStudent = Schemas['SchoolStudent'];
export type StudentGroup = Schemas['StudentGroup'];
export type LoginCards = Schemas['LoginCards'];
export type LoginCard = LoginCards['cards'][number];
export type IntegrationClient = Schemas['IntegrationClient'];
export type IntegrationClientSecret = Schemas['IntegrationClientSecret'];

// ---------- Notifications (issue 21: mails to parents, webhooks, the delivery log; constants in notification-api.ts) ----------
export type NotificationEvent = Schemas['NotificationEvent'];
export type NotificationLanguage = Schemas['NotificationTemplate']['language'];
/** Where a rule in force comes from: the built-in default, the organisation, or the school's override. */
export type RuleSource = Schemas['RuleSource'];
export type NotificationRule = Schemas['NotificationRule'];
export type NotificationRules = Schemas['NotificationRules'];
/**
 * PUT /api/notification-rules. Per event: `enabled` true/false sets the rule, left out removes it (a school then
 * inherits the organisation's rule); `reminderOpenDays` (PICKUP_REMINDER only) left out: unchanged.
 */
export type NotificationRulesUpdate = Schemas['NotificationRulesChange'];
export type NotificationRuleChange = Schemas['NotificationRuleChange'];
export type NotificationTemplate = Schemas['NotificationTemplate'];
export type TemplateText = Schemas['NotificationTemplateText'];
export type TemplatePreviewRequest = Schemas['NotificationTemplatePreviewRequest'];
/** The preview's answer: the text filled in with example data; `html` is HTML-escaped. */
export type TemplatePreview = Schemas['NotificationPreview'];
/** GET /api/me/notifications; `parentEmail` is masked, absent when the school has no address (or no consent). */
export type MyNotifications = Schemas['MyNotifications'];
export type MyNotificationEvent = Schemas['MyNotificationEvent'];
export type LanguageChange = Schemas['LanguageChange'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type NewWebhookEndpoint = Schemas['NewWebhookEndpoint'];
export type WebhookEndpointPatch = Schemas['WebhookEndpointPatch'];
/** POST /api/webhook-endpoints (201) and …/rotate-secret: the secret is in this answer only. */
export type WebhookEndpointSecret = Schemas['WebhookEndpointSecret'];
export type WebhookPingResult = Schemas['WebhookPingResult'];
export type DeliveryStatus = Schemas['DeliveryStatus'];
export type DeliveryChannel = Schemas['Channel'];
export type Delivery = Schemas['Delivery'];
export type DeliveryAttempt = Schemas['DeliveryAttempt'];
/** GET /api/deliveries/{id}, and the answer of …/retry: the delivery with its attempts. */
export type DeliveryDetail = Schemas['DeliveryDetail'];
/** Newest first; give `nextBefore` as `before` for the next (older) page, absent on the last page. */
export type DeliveryPage = Schemas['DeliveryPage'];
/** The filters of GET /api/deliveries (its query without the paging). */
export type DeliveryFilter = Omit<
  NonNullable<paths['/api/deliveries']['get']['parameters']['query']>,
  'before' | 'limit'
>;
