import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'reverse' | 'login';

export function buttonClass(variant: ButtonVariant = 'primary', small = false, extra?: string): string {
  return ['nhsuk-button', variant !== 'primary' && `nhsuk-button--${variant}`, small && 'nhsuk-button--small', extra]
    .filter(Boolean)
    .join(' ');
}

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  small?: boolean;
  children: ReactNode;
}

export function Button({ variant = 'primary', small = false, type = 'button', className, children, ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClass(variant, small, className)} {...rest}>
      {children}
    </button>
  );
}

interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  small?: boolean;
}

/** A link that looks like a button, for starting a task on another page. */
export function ButtonLink({ variant = 'primary', small = false, className, ...rest }: ButtonLinkProps) {
  return <Link draggable={false} className={buttonClass(variant, small, className)} {...rest} />;
}
