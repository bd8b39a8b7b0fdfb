export { extractPlan, type ExtractInput, type ExtractPage } from './extract-plan.ts';
export { validatePlanDocument } from '../model/validate-plan-document.ts';
