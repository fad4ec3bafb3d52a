export * from './default-form';
export * from './followups';
export * from './funnel';
export * from './need-categories';
export * from './questions';
export * from './validate-answers';
export * from './validate-form';
