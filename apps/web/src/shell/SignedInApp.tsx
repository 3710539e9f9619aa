import { QueryClientProvider } from '@tanstack/react-query';
import { isValidElement, Suspense, useRef, useState } from 'react';
import { createRoutesFromElements, Link, matchRoutes, Navigate, Route, Routes, useLocation, useSearchParams } from 'react-router';
import { safeNextPath } from '../auth/next-path';
import { RequirePermission } from '../auth/RequirePermission';
import { ClinicProvider } from '../clinic/clinic-context';
import { createQueryClient } from '../data/query-client';
import { isLazyPage, lazyPage } from '../shared/lazy-page';
import { PageCodeBoundary } from './PageCodeBoundary';
import { PageLoading } from '../shared/QueryMessage';
import { TopBar } from './TopBar';

// Every page loads on first visit (see lazy-page.ts); the shell around it shows at once.
const AccountPage = lazyPage(() => import('../account/AccountPage'), 'AccountPage');
const AuditTrailPage = lazyPage(() => import('../audit/AuditTrailPage'), 'AuditTrailPage');
const BillingSettingsPage = lazyPage(() => import('../billing/BillingSettingsPage'), 'BillingSettingsPage');
const ClientCreatePage = lazyPage(() => import('../clients/ClientCreatePage'), 'ClientCreatePage');
const ClientEditPage = lazyPage(() => import('../clients/ClientEditPage'), 'ClientEditPage');
const ClientListPage = lazyPage(() => import('../clients/ClientListPage'), 'ClientListPage');
const ClientPage = lazyPage(() => import('../clients/ClientPage'), 'ClientPage');
const ClinicSettingsPage = lazyPage(() => import('../clinic/ClinicSettingsPage'), 'ClinicSettingsPage');
const ConsentFormsPage = lazyPage(() => import('../consents/ConsentFormsPage'), 'ConsentFormsPage');
const ConsentSigningPage = lazyPage(() => import('../consents/ConsentSigningPage'), 'ConsentSigningPage');
const ConsultationPage = lazyPage(() => import('../consultations/ConsultationPage'), 'ConsultationPage');
const DesignDrawingPage = lazyPage(() => import('../designs/DesignDrawingPage'), 'DesignDrawingPage');
const DesignPage = lazyPage(() => import('../designs/DesignPage'), 'DesignPage');
const IntakeReviewPage = lazyPage(() => import('../intake/IntakeReviewPage'), 'IntakeReviewPage');
const FollowUpsPage = lazyPage(() => import('../follow-ups/FollowUpsPage'), 'FollowUpsPage');
const FadeAssessmentPage = lazyPage(() => import('../fading/FadeAssessmentPage'), 'FadeAssessmentPage');
const InvoicePage = lazyPage(() => import('../invoices/InvoicePage'), 'InvoicePage');
const LotRecallPage = lazyPage(() => import('../pigments/LotRecallPage'), 'LotRecallPage');
const PigmentsPage = lazyPage(() => import('../pigments/PigmentsPage'), 'PigmentsPage');
const PlanPage = lazyPage(() => import('../plans/PlanPage'), 'PlanPage');
const PreparationPage = lazyPage(() => import('../preparation/PreparationPage'), 'PreparationPage');
const BusinessReportsPage = lazyPage(() => import('../reports/BusinessReportsPage'), 'BusinessReportsPage');
const TreatmentReportPage = lazyPage(() => import('../reports/TreatmentReportPage'), 'TreatmentReportPage');
const CalendarPage = lazyPage(() => import('../scheduling/CalendarPage'), 'CalendarPage');
const CaughtEmailPage = lazyPage(() => import('../messaging/CaughtEmailPage'), 'CaughtEmailPage');
const MessagesPage = lazyPage(() => import('../messaging/MessagesPage'), 'MessagesPage');
const OnlineBookingSettingsPage = lazyPage(() => import('../online-booking/OnlineBookingSettingsPage'), 'OnlineBookingSettingsPage');
const SchedulingSettingsPage = lazyPage(() => import('../scheduling-settings/SchedulingSettingsPage'), 'SchedulingSettingsPage');
const ScreeningRecordPage = lazyPage(() => import('../screening/ScreeningRecordPage'), 'ScreeningRecordPage');
const ScreeningStartPage = lazyPage(() => import('../screening/ScreeningStartPage'), 'ScreeningStartPage');
const SessionRecordCreatePage = lazyPage(() => import('../sessions/SessionRecordCreatePage'), 'SessionRecordCreatePage');
const SessionRecordPage = lazyPage(() => import('../sessions/SessionRecordPage'), 'SessionRecordPage');
const StaffCreatePage = lazyPage(() => import('../staff/StaffCreatePage'), 'StaffCreatePage');
const StaffEditPage = lazyPage(() => import('../staff/StaffEditPage'), 'StaffEditPage');
const StaffListPage = lazyPage(() => import('../staff/StaffListPage'), 'StaffListPage');
const StaffPage = lazyPage(() => import('../staff/StaffPage'), 'StaffPage');
const TodayPage = lazyPage(() => import('../today/TodayPage'), 'TodayPage');

const workspaceRoutes = (
  <>
    <Route path="/" element={<Navigate to="/today" replace />} />
    <Route path="/today" element={<TodayPage />} />
    <Route path="/sign-in" element={<ReturnAfterSignIn />} />
    <Route path="/clients" element={<ClientListPage />} />
    <Route path="/clients/new" element={<ClientCreatePage />} />
    <Route path="/clients/:id" element={<ClientPage />} />
    <Route path="/clients/:id/edit" element={<ClientEditPage />} />
    <Route path="/clients/:id/consultations/:consultationId" element={<ConsultationPage />} />
    <Route path="/clients/:id/screenings/:screeningId" element={<ScreeningRecordPage />} />
    <Route path="/clients/:id/intakes/:intakeId" element={<IntakeReviewPage />} />
    <Route path="/clients/:id/plans/:planId" element={<PlanPage />} />
    <Route path="/clients/:id/hairline-designs/:designId" element={<DesignPage />} />
    <Route path="/calendar" element={<CalendarPage />} />
    <Route path="/appointments/:id/preparation" element={<PreparationPage />} />
    <Route element={<RequirePermission permission="billing.read" />}>
      <Route path="/invoices/:id" element={<InvoicePage />} />
    </Route>
    <Route element={<RequirePermission permission="followUps.read" />}>
      <Route path="/follow-ups" element={<FollowUpsPage />} />
    </Route>
    <Route element={<RequirePermission permission="screening.conduct" />}>
      <Route path="/clients/:id/screenings/new" element={<ScreeningStartPage />} />
      <Route path="/clients/:id/consents/:kind/sign" element={<ConsentSigningPage />} />
    </Route>
    <Route element={<RequirePermission permission="designs.write" />}>
      <Route path="/clients/:id/hairline-designs/draw" element={<DesignDrawingPage />} />
    </Route>
    <Route element={<RequirePermission permission="consumables.manage" />}>
      <Route path="/pigments" element={<PigmentsPage />} />
      <Route path="/pigments/pigment-lots/:lotId" element={<LotRecallPage kind="pigment" />} />
      <Route path="/pigments/needle-lots/:lotId" element={<LotRecallPage kind="needle" />} />
    </Route>
    <Route element={<RequirePermission permission="sessions.record" />}>
      <Route path="/appointments/:id/record" element={<SessionRecordCreatePage />} />
    </Route>
    <Route element={<RequirePermission permission="fading.read" />}>
      <Route path="/appointments/:id/fade-assessment" element={<FadeAssessmentPage />} />
    </Route>
    <Route element={<RequirePermission permission="sessions.read" />}>
      <Route path="/session-records/:id" element={<SessionRecordPage />} />
    </Route>
    <Route element={<RequirePermission permission="reports.read" />}>
      <Route path="/reports" element={<Navigate to="/reports/business" replace />} />
      <Route path="/reports/business" element={<BusinessReportsPage />} />
      <Route path="/reports/treatment" element={<TreatmentReportPage />} />
    </Route>
    <Route path="/account" element={<AccountPage />} />
    <Route element={<RequirePermission permission="staff.manage" />}>
      <Route path="/staff" element={<StaffListPage />} />
      <Route path="/staff/new" element={<StaffCreatePage />} />
      <Route path="/staff/:id" element={<StaffPage />} />
      <Route path="/staff/:id/edit" element={<StaffEditPage />} />
    </Route>
    <Route element={<RequirePermission permission="audit.read" />}>
      <Route path="/audit" element={<AuditTrailPage />} />
    </Route>
    <Route element={<RequirePermission permission="clinic.manage" />}>
      <Route path="/settings" element={<ClinicSettingsPage />} />
      <Route path="/settings/consent-forms" element={<ConsentFormsPage />} />
      <Route path="/settings/online-booking" element={<OnlineBookingSettingsPage />} />
    </Route>
    <Route element={<RequirePermission permission="messages.manage" />}>
      <Route path="/messages" element={<MessagesPage section="outbox" />} />
      <Route path="/messages/wording" element={<MessagesPage section="wording" />} />
      <Route path="/messages/caught/:id" element={<CaughtEmailPage />} />
    </Route>
    <Route element={<RequirePermission permission="scheduling.manage" />}>
      <Route path="/settings/scheduling" element={<SchedulingSettingsPage />} />
    </Route>
    <Route element={<RequirePermission permission="billing.manage" />}>
      <Route path="/settings/billing" element={<BillingSettingsPage />} />
    </Route>
    <Route
      path="*"
      element={
        <p className="page-message">
          There is no such page. <Link to="/clients">Go to clients</Link>
        </p>
      }
    />
  </>
);

/** Starts loading the code of the page at this address, while the clinic's settings load rather than after. */
function preloadPageAt(pathname: string): void {
  for (const { route } of matchRoutes(createRoutesFromElements(workspaceRoutes), pathname) ?? []) {
    const page: unknown = isValidElement(route.element) ? route.element.type : null;
    // A failure shows when the page itself renders (PageCodeBoundary); here it is only an early start.
    if (isLazyPage(page)) page.preload().catch(() => undefined);
  }
}

// Opening the app at a page's address most likely shows that page: its code loads
// with this module, while the session is checked, rather than after.
preloadPageAt(window.location.pathname);

/** Everything a signed-in member of staff sees; loads after sign-in, not with the sign-in page. */
export function SignedInApp() {
  // Mounted per sign-in, so the next person to sign in loads the clinic afresh, and
  // starts with an empty cache: nothing this staff member's role let them read stays.
  // Made here rather than in main.tsx, the sign-in page carries no query code.
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ClinicProvider>
        <Workspace />
      </ClinicProvider>
    </QueryClientProvider>
  );
}

function ReturnAfterSignIn() {
  const [searchParams] = useSearchParams();
  return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;
}

const MAIN_ID = 'main-content';

function Workspace() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  return (
    <div className="shell">
      {/* The first stop of the Tab key, so a keyboard user need not go through the whole menu on every page. */}
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          // Focus without a #fragment in the address, which the router would keep.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <TopBar />
      <main id={MAIN_ID} tabIndex={-1} ref={mainRef}>
        <PageCodeBoundary address={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Routes>{workspaceRoutes}</Routes>
          </Suspense>
        </PageCodeBoundary>
      </main>
    </div>
  );
}
