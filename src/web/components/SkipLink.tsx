// The NHS.UK skip link: the first thing a keyboard user reaches, taking them past the header.

export function SkipLink({ children = 'Skip to main content' }: { children?: string }) {
  return (
    <a
      className="nhsuk-skip-link"
      href="#maincontent"
      onClick={(event) => {
        const main = document.getElementById('maincontent');
        if (!main) return;
        event.preventDefault();
        main.focus();
      }}
    >
      {children}
    </a>
  );
}
