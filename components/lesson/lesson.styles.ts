import { css } from 'lit';

export const lessonStyles = css`
  :host {
    display: block;
    min-width: 0;
    font-family: var(--gd-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    color: var(--gd-color-text, #111827);
    line-height: 1.5;
    max-width: var(--gd-max-width, 52rem);
  }
  h1 {
    font-size: 1.6rem;
    line-height: 1.2;
    margin: 0 0 0.6rem;
  }
  .intro {
    margin-bottom: 1rem;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    margin-bottom: 1rem;
    font-size: 0.95rem;
  }
  progress {
    flex: 0 1 12rem;
    accent-color: var(--gd-color-accent, #1d4ed8);
  }
  gd-exercise {
    margin-bottom: 2rem;
  }
  .issues {
    border: 2px solid var(--gd-color-incorrect, #b42318);
    border-radius: var(--gd-radius, 0.4rem);
    padding: 0.8rem 1rem;
  }
  .issues code {
    white-space: pre-wrap;
  }
  :host([compact]) h1 {
    font-size: 1.15rem;
  }
  :host([compact]) .intro {
    display: none;
  }
`;
