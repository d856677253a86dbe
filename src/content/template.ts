/**
 * The starting file `gd-tutor new` writes: a complete, valid lesson to edit. `schema` is the path of
 * lesson.schema.json relative to where the file will be (the editor's YAML extension resolves it from there).
 */
export function lessonTemplate(id = 'my-lesson', schema = '../schema/lesson.schema.json'): string {
  return `# yaml-language-server: $schema=${schema}
# A gd-tutor lesson. State the problem; the engine derives every answer, the worked
# solutions and the feedback for common mistakes. Check it with: npx gd-tutor lint
# and read what the engine derived with: npx gd-tutor solve ${id}.yaml
id: ${id}
title: My first descent
introduction: |
  Gradient descent moves against the gradient: $\\theta_{t+1} = \\theta_t - \\alpha \\nabla f(\\theta_t)$.
exercises:
  - id: first-step
    title: One step
    function: (x - 1)^2 + 2y^2        # any function of the variables
    variables: [x, y]
    start: [3, 1]
    learning_rate: 0.25
    steps:
      - kind: partial                  # ∂f/∂x as an expression
        wrt: x
        hints:
          - Hold y fixed.
      - kind: partial
        wrt: y
      - kind: gradient                 # the gradient at the start, a vector
      - kind: update                   # θ₁ = θ₀ − α∇f(θ₀)
        # expected: [2, 0]             # optional: a value you write is checked
      - kind: loss                     # f at θ₁
        after: 1
`;
}
