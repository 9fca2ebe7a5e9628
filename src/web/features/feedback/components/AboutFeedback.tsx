/** What 360 feedback is and who sees what: shown on the list page and beside the new request form. */
export function AboutFeedback() {
  return (
    <>
      <p>
        Ask colleagues who work with you to rate your leadership behaviours. The questions follow the Healthcare Leadership Model (NHS Leadership
        Academy, 2013), and you rate yourself on the same questions, so you can compare how you see yourself with how others see you.
      </p>
      <ul>
        <li>Answers from a group of fewer than three people (peers, direct reports or others) are not shown, so no one can be picked out.</li>
        <li>Your line manager’s answers are shown on their own, so they are not anonymous.</li>
        <li>The report opens when the request closes, on the closing date or sooner if you close it early.</li>
        <li>Only you, and the people you choose to share it with, can see your requests and report.</li>
      </ul>
    </>
  );
}
