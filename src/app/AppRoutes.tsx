import { Route, Routes } from 'react-router';
import { AgentPage } from '../features/agent';
import { CheckPage } from '../features/check/CheckPage';
import { FlowGuard, NotFoundPage } from '../features/common';
import { FixCheckPage, FixQuestionPage, FixResultPage } from '../features/fix';
import { StartPage } from '../features/start/StartPage';
import { QuestionPage } from '../features/wizard/QuestionPage';
import { ResultPage } from '../features/result/ResultPage';
import { ROUTE_PATTERNS } from '../flow';
import { Layout } from './Layout';

/**
 * The route table: `/`, the flows' pages behind their guard (`/q/:id`, `/check`, `/result`, and
 * the fix path's `/fix`, `/fix/q/:id`, `/fix/check`, `/fix/result`), `/agent`, and a 404 for anything else.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route element={<FlowGuard />}>
          <Route path={ROUTE_PATTERNS.question} element={<QuestionPage />} />
          <Route path={ROUTE_PATTERNS.check} element={<CheckPage />} />
          <Route path={ROUTE_PATTERNS.result} element={<ResultPage />} />
          <Route path={ROUTE_PATTERNS.fixProblem} element={<FixQuestionPage />} />
          <Route path={ROUTE_PATTERNS.fixQuestion} element={<FixQuestionPage />} />
          <Route path={ROUTE_PATTERNS.fixCheck} element={<FixCheckPage />} />
          <Route path={ROUTE_PATTERNS.fixResult} element={<FixResultPage />} />
        </Route>
        <Route path="agent" element={<AgentPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
