import { Route, Routes } from 'react-router';
import { AgentPage } from '../features/agent';
import { CheckPage } from '../features/check/CheckPage';
import { NotFoundPage } from '../features/common';
import { StartPage } from '../features/start/StartPage';
import { QuestionPage } from '../features/wizard/QuestionPage';
import { ResultPage } from '../features/result/ResultPage';
import { Layout } from './Layout';

/** The route table: `/`, `/q/:id`, `/check`, `/result`, `/agent`, and a 404 for anything else. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route path="q/:id" element={<QuestionPage />} />
        <Route path="check" element={<CheckPage />} />
        <Route path="result" element={<ResultPage />} />
        <Route path="agent" element={<AgentPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
