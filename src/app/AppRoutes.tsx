import { Route, Routes } from 'react-router';
import { AgentPage } from '../features/agent';
import { CheckPage } from '../features/check/CheckPage';
import { FlowGuard, NotFoundPage } from '../features/common';
import { StartPage } from '../features/start/StartPage';
import { QuestionPage } from '../features/wizard/QuestionPage';
import { ResultPage } from '../features/result/ResultPage';
import { ROUTE_PATTERNS } from '../flow';
import { Layout } from './Layout';

/** The route table: `/`, the flow's pages behind its guard (`/q/:id`, `/check`, `/result`), `/agent`, and a 404 for anything else. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route element={<FlowGuard />}>
          <Route path={ROUTE_PATTERNS.question} element={<QuestionPage />} />
          <Route path={ROUTE_PATTERNS.check} element={<CheckPage />} />
          <Route path={ROUTE_PATTERNS.result} element={<ResultPage />} />
        </Route>
        <Route path="agent" element={<AgentPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
