import { Link, Navigate, Route, Routes, useLocation, useSearchParams } from 'react-router';
import { useAuth } from './auth/auth-context';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { safeNextPath, signInPath } from './auth/next-path';
import { RequirePermission } from './auth/RequirePermission';
import { SignInPage } from './auth/SignInPage';
import { AuditTrailPage } from './audit/AuditTrailPage';
import { ClientCreatePage } from './clients/ClientCreatePage';
import { ClientEditPage } from './clients/ClientEditPage';
import { ClientListPage } from './clients/ClientListPage';
import { ClientPage } from './clients/ClientPage';
import { ClinicProvider } from './clinic/clinic-context';
import { ClinicSettingsPage } from './clinic/ClinicSettingsPage';
import { ConsultationPage } from './consultations/ConsultationPage';
import { FollowUpsPage } from './follow-ups/FollowUpsPage';
import { LotRecallPage } from './pigments/LotRecallPage';
import { PigmentsPage } from './pigments/PigmentsPage';
import { PlanPage } from './plans/PlanPage';
import { TreatmentReportPage } from './reports/TreatmentReportPage';
import { CalendarPage } from './scheduling/CalendarPage';
import { SchedulingSettingsPage } from './scheduling-settings/SchedulingSettingsPage';
import { ScreeningRecordPage } from './screening/ScreeningRecordPage';
import { ScreeningStartPage } from './screening/ScreeningStartPage';
import { SessionRecordingPage } from './sessions/SessionRecordingPage';
import { SessionRecordPage } from './sessions/SessionRecordPage';
import { TopBar } from './shell/TopBar';
import { StaffCreatePage } from './staff/StaffCreatePage';
import { StaffEditPage } from './staff/StaffEditPage';
import { StaffListPage } from './staff/StaffListPage';
import { StaffPage } from './staff/StaffPage';

export function App() {
  const { session } = useAuth();
  if (!session) return <SignedOutRoutes />;
  // Mounted per sign-in, so the next person to sign in loads the clinic afresh.
  return (
    <ClinicProvider>
      <Workspace />
    </ClinicProvider>
  );
}

function SignedOutRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="*" element={<GoToSignIn />} />
    </Routes>
  );
}

/** Remembers the page, so signing in (again) returns to it; not after signing out on purpose. */
function GoToSignIn() {
  const location = useLocation();
  const { signedOutReason } = useAuth();
  return <Navigate to={signInPath(signedOutReason === 'signed-out' ? null : location)} replace />;
}

function ReturnAfterSignIn() {
  const [searchParams] = useSearchParams();
  return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;
}

function Workspace() {
  return (
    <div className="shell">
      <TopBar />
      <main>
        <Routes>
          <Route path="/" element={<Navigate to="/clients" replace />} />
          <Route path="/sign-in" element={<ReturnAfterSignIn />} />
          <Route path="/clients" element={<ClientListPage />} />
          <Route path="/clients/new" element={<ClientCreatePage />} />
          <Route path="/clients/:id" element={<ClientPage />} />
          <Route path="/clients/:id/edit" element={<ClientEditPage />} />
          <Route path="/clients/:id/consultations/:consultationId" element={<ConsultationPage />} />
          <Route path="/clients/:id/screenings/:screeningId" element={<ScreeningRecordPage />} />
          <Route path="/clients/:id/plans/:planId" element={<PlanPage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route element={<RequirePermission permission="followUps.read" />}>
            <Route path="/follow-ups" element={<FollowUpsPage />} />
          </Route>
          <Route element={<RequirePermission permission="screening.conduct" />}>
            <Route path="/clients/:id/screenings/new" element={<ScreeningStartPage />} />
          </Route>
          <Route element={<RequirePermission permission="consumables.manage" />}>
            <Route path="/pigments" element={<PigmentsPage />} />
            <Route path="/pigments/pigment-lots/:lotId" element={<LotRecallPage kind="pigment" />} />
            <Route path="/pigments/needle-lots/:lotId" element={<LotRecallPage kind="needle" />} />
          </Route>
          <Route element={<RequirePermission permission="sessions.record" />}>
            <Route path="/appointments/:id/record" element={<SessionRecordingPage />} />
          </Route>
          <Route element={<RequirePermission permission="sessions.read" />}>
            <Route path="/session-records/:id" element={<SessionRecordPage />} />
          </Route>
          <Route element={<RequirePermission permission="reports.read" />}>
            <Route path="/reports/treatment" element={<TreatmentReportPage />} />
          </Route>
          <Route path="/account/password" element={<ChangePasswordPage />} />
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
          </Route>
          <Route element={<RequirePermission permission="scheduling.manage" />}>
            <Route path="/settings/scheduling" element={<SchedulingSettingsPage />} />
          </Route>
          <Route
            path="*"
            element={
              <p className="page-message">
                There is no such page. <Link to="/clients">Go to clients</Link>
              </p>
            }
          />
        </Routes>
      </main>
    </div>
  );
}
