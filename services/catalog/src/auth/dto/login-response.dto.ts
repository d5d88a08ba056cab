import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@shop/auth';
import type { SignedIn } from '../application/login.use-case';
import { SessionDto } from './session.dto';

export class LoginResponseDto extends SessionDto {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['admin'], description: 'The same as `account.roles`.' })
  roles!: Role[];

  static override from(session: SignedIn): LoginResponseDto {
    return { ...SessionDto.from(session), roles: session.account.roles };
  }
}
