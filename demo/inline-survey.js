// The definition the inline <tp-survey>s of the theming and strict-CSP demos render (SPEC §4).
// On a real site the script tag loads definitions from data-surveys-url; here it is a property,
// set once the element is defined. Each element's survey-id attribute names its answers.
const definition = {
  id: 'demo-two-questions',
  type: 'csat',
  title: 'Two quick questions',
  questions: [
    {
      id: 'satisfaction',
      kind: 'csat',
      variant: 'emoji',
      text: 'How satisfied are you with checkout?',
    },
    {
      id: 'liked',
      kind: 'multi',
      text: 'What did you like?',
      choices: [
        { id: 'speed', label: 'Speed' },
        { id: 'price', label: 'Price' },
        { id: 'design', label: 'Design' },
      ],
    },
  ],
  display: { mode: 'inline' },
};

customElements.whenDefined('tp-survey').then(() => {
  for (const survey of document.querySelectorAll('tp-survey')) survey.definition = definition;
});
